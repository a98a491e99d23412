package org.provisionlens.jobs.generate;

import java.util.List;

/**
 * What parents and carers, young people, children and professionals say, by theme and tone (negative, positive,
 * mixed). Written for the generator; any resemblance to a real comment is by design of the themes only.
 */
final class CommentPhrases {

    /** One theme: its name and a sentence in each tone for adults, and one for children and young people. */
    record Theme(String name, String negative, String positive, String mixed, String young) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "waiting times",
                    "We have been on the waiting list for over a year, and nobody can tell us how much longer it will be.",
                    "The wait was much shorter than we feared: eight weeks from referral to first appointment.",
                    "The service is good once you get in, but the wait of nine months nearly broke us.",
                    "I waited ages and ages, it felt like forever."),
            new Theme(
                    "EHC needs assessment",
                    "The EHC needs assessment took 34 weeks, well past the 20-week limit, and the draft plan was full of mistakes.",
                    "Our EHC needs assessment was finished on time and the plan really describes our daughter.",
                    "The assessment itself was thorough, but the plan was issued late and the outcomes are vague.",
                    "Nobody asked me what I wanted in my plan."),
            new Theme(
                    "communication",
                    "Emails go unanswered for weeks; we never know who our case officer is.",
                    "Our SEND officer rings back the same day and explains everything clearly.",
                    "When you reach the right person they are helpful, but getting through is a battle.",
                    "They talk to my mum but not to me."),
            new Theme(
                    "Local Offer information",
                    "The Local Offer website is out of date, half the links are broken and the phone numbers don't work.",
                    "The Local Offer pages helped us find an activity club we didn't know existed.",
                    "The \"Local Offer\" has lots of information, but it is hard to search and uses jargon.",
                    "I couldn't find anything on the website for people my age."),
            new Theme(
                    "school places",
                    "There is no special school place for our son this September; he has been out of school since Easter.",
                    "The resourced provision at our local primary has been wonderful, he is thriving.",
                    "He got a place, but it is 40 minutes away and not really suited to his needs.",
                    "I like my new school, the teachers get me."),
            new Theme(
                    "transport",
                    "Home to school transport was withdrawn with two weeks' notice, so I had to give up work to drive him.",
                    "The taxi driver and escort are brilliant, my daughter looks forward to the journey.",
                    "Transport turns up, mostly, but the routes change every term and nobody tells us.",
                    "The bus takes too long and I feel sick."),
            new Theme(
                    "short breaks",
                    "Short breaks were cut from six hours a week to two, and there are no holiday schemes that take him.",
                    "The Saturday club gives us a break and gives him friends; it is a lifeline.",
                    "The short breaks are great when they happen, but the sessions are often cancelled.",
                    "I love the Saturday club, we do cooking and football."),
            new Theme(
                    "therapies",
                    "Speech and language therapy is written into the plan but she has had three sessions in a year.",
                    "The occupational therapist visited school and the staff now use her strategies every day.",
                    "The physio is excellent, but the block of sessions ended and we are back on the waiting list.",
                    "Speech therapy helps me talk to my friends."),
            new Theme(
                    "CAMHS",
                    "CAMHS rejected the referral twice; we were told he was not unwell enough until he stopped eating.",
                    "The CAMHS worker was kind and patient and really listened to our daughter.",
                    "CAMHS helped in the end, but the autism assessment wait is over two years.",
                    "Talking to someone at CAMHS helped me feel less worried."),
            new Theme(
                    "preparation for adulthood",
                    "Nobody talked to us about what happens after 19; the annual review just rolled over.",
                    "The supported internship led to a paid job, which we never thought possible.",
                    "College is fine, but there is nothing planned for independent living or work.",
                    "I want to get a job and live with my friends one day."),
            new Theme(
                    "staff training",
                    "Staff at school have had no autism training, and they still treat meltdowns as bad behaviour.",
                    "The teaching assistants have had training and it shows in how they support him.",
                    "Some teachers understand, others don't; it depends who is on duty.",
                    "Some teachers shout and it makes it worse."),
            new Theme(
                    "social care",
                    "We asked for a social care assessment twice and have heard nothing back.",
                    "Our social worker from the disabled children's team has been a real support.",
                    "The social worker is helpful but has changed four times in a year.",
                    "My social worker listens to me."),
            new Theme(
                    "health",
                    "Health advice for the plan arrived too late, and the paediatrician has never met our son.",
                    "The community paediatrician coordinated everything and wrote a clear report.",
                    "The health visitor spotted his needs early, but after that nothing joined up.",
                    "The nurse at school is nice."),
            new Theme(
                    "personal budgets",
                    "We were never told a personal budget was an option, and the direct payment rate is too low to hire anyone.",
                    "The personal budget lets us choose a PA who really understands her.",
                    "A personal budget helps, but the paperwork, audits and rules are exhausting.",
                    "I choose who helps me now and I like that."),
            new Theme(
                    "complaints",
                    "I complained in March, was promised a reply in 20 working days, and am still waiting.",
                    "When we complained the council apologised, fixed the plan and kept in touch.",
                    "The complaint was upheld, but nothing actually changed for our son.",
                    "I told them I was unhappy and nothing happened."));

    /** How each kind of respondent starts, or an empty string. */
    static final List<String> PARENT_OPENERS = List.of(
            "",
            "As a parent of a child with autism, ",
            "Speaking as a single mum, ",
            "My son is 9. ",
            "My daughter has complex needs. ",
            "As a foster carer, ");

    static final List<String> PROFESSIONAL_OPENERS = List.of(
            "As a SENCO, ",
            "Speaking as a GP, ",
            "As an educational psychologist, ",
            "From a health visitor: ",
            "As a head teacher, ");

    private CommentPhrases() {}
}
