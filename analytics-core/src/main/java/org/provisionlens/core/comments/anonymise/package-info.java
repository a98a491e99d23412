/**
 * The comment anonymiser (regulation 55: comments are published "in a form that does not identify the individual").
 * {@link org.provisionlens.core.comments.anonymise.Anonymiser#anonymise(String)} replaces identifiers with typed,
 * numbered placeholders, the same identifier keeping its number throughout a comment: {@code [CHILD 1]},
 * {@code [NAME 1]}, {@code [PHONE 1]}, {@code [EMAIL 1]}, {@code [POSTCODE 1]}, {@code [NHS NUMBER 1]},
 * {@code [NI NUMBER 1]}, {@code [DATE OF BIRTH 1]}, {@code [AGE 1]}, {@code [ADDRESS 1]}, {@code [SCHOOL 1]},
 * {@code [CASE REF 1]}, {@code [HANDLE 1]}, {@code [URL 1]}. Replacements keep offsets and types, never the original
 * words.
 *
 * <h2>What is replaced</h2>
 *
 * <ul>
 *   <li>Email addresses; @handles; web addresses on social networks and fundraising sites that have a path
 *       (facebook.com/jane.smith). Addresses on .gov.uk, .nhs.uk, .org.uk, .sch.uk, .ac.uk and .police.uk are kept.
 *   <li>UK phone numbers: libphonenumber's {@code findNumbers} for region GB at leniency POSSIBLE, keeping a match
 *       that is a valid number or is written as dialled (a leading 0 or +, ten digits or more), and the Ofcom drama
 *       range 07700 900xxx.
 *   <li>Postcodes in every format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA), with or without the space,
 *       in any case, with the letters each position may hold.
 *   <li>NHS numbers: ten digits, optionally 3-3-4 with spaces or hyphens, whose modulus 11 check digit is right.
 *   <li>National Insurance numbers: two letters (not D, F, I, Q, U, V first; not D, F, I, O, Q, U, V second; never
 *       BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix A to D.
 *   <li>Case references: letter codes with numbers (EHCP-2023-0457, SEN/2019/3312) and numbers after "case ref",
 *       "reference", "plan" and the like.
 *   <li>Dates of birth: a date after "DOB", "date of birth", "born (on|in)" or "birthday". Ages: "he is 7", "I am
 *       16", "my 12 year old", "aged 9", "Jack (7)", "diagnosed at 7". Durations ("14 months", "for 2 years") and
 *       school years ("Year 7") are left alone.
 *   <li>Street addresses: a number and a capitalised street name ending in a street word, with an optional flat
 *       ("Flat 3, 14 High Street"), and a street someone lives on.
 *   <li>People. A capitalised word is a name after a strong cue ("my son", "my daughter", "a girl called", "Mrs",
 *       "Mr", "Ms", "Dr", "her SENCO", "his teacher", "called", "named", "I am", "spoke to", "signed", a closing
 *       "Thanks, ..."); after a weak cue ("to", "with", "emailed", "the SENCO is") only when it is in a gazetteer; and
 *       with no cue when it is an ONS first name (or a common adult first name) that is not a common English word.
 *       Allow-listed words and phrases (conditions, services, places, months, days: "Down syndrome", "CAMHS",
 *       "Trafford", "May"), names of places and organisations ending in a facility word ("Rose Garden Centre",
 *       "Sale High School"), words after "St" and words before "syndrome" are never people; a single allow-listed
 *       word that is also a first name gives way to a strong cue ("my daughter May"). A first name that is also a
 *       common word ("Will", "Grace", "Hope") needs a cue or a surname after it. A name runs on over surnames and
 *       unknown capitalised words. A person after a child cue is a CHILD, and so is every later mention of the same
 *       first name; a bare name is a CHILD when its surroundings speak of a child ("Jack at Oakfield", "Jack's
 *       EHCP", "an assessment for Jack", or a comment about a son, daughter, he or she) unless they speak of a
 *       professional ("Sarah from the SEND team", "thanks to Sarah").
 *   <li>Schools and settings joined to a child: after a child's name ("Jack at Oakfield"), after "my son/daughter
 *       ... goes to / attends / is at / on the waiting list for", after "he/she goes to", and after "his/her school".
 * </ul>
 *
 * <p>When two detections overlap, the more certain shape wins (email, URL, handle, NHS, NI, case reference, date of
 * birth, postcode, phone, address, school, age, child, name), then the longer.
 *
 * <h2>When a comment is held for review</h2>
 *
 * {@link org.provisionlens.core.comments.anonymise.Anonymised#uncertain()} is true, and the comment must not be
 * published until a person has checked it, when any of these holds
 * ({@link org.provisionlens.core.comments.anonymise.UncertaintyReason}):
 *
 * <ul>
 *   <li>a capitalised word after a strong person cue, neither allow-listed nor a common word, is in no name
 *       gazetteer (it is replaced all the same);
 *   <li>seven or more digits in a row (single spaces allowed) remain;
 *   <li>an "@" remains;
 *   <li>"DOB", "date of birth" or "born" is followed by a date or year that remains;
 *   <li>a web address on an unknown site (neither a public service nor a social network) was kept.
 * </ul>
 *
 * <h2>Word lists</h2>
 *
 * Resources beside these classes: {@code first-names.txt} (ONS baby names 2024, England and Wales, Open Government
 * Licence v3.0), {@code adult-first-names.txt}, {@code surnames.txt} (about 300 common British surnames),
 * {@code common-words.txt} and {@code allow-list.txt}. They are read once into hash sets and one compiled pattern.
 *
 * <p>The harness that measures recall, precision and F2 per type on a labelled set of comments
 * ({@code AnonymisationEvaluation}) is test code.
 */
package org.provisionlens.core.comments.anonymise;
