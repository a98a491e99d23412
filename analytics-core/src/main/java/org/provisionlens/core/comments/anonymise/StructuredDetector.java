package org.provisionlens.core.comments.anonymise;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers with a fixed shape: email addresses, handles, personal web addresses, UK phone numbers, postcodes,
 * NHS and National Insurance numbers, and case references.
 */
final class StructuredDetector {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern HANDLE =
            Pattern.compile("(?<![\\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+|\\b(?:[a-z0-9-]+\\.)*(?:facebook|fb|instagram|twitter|x|tiktok"
                    + "|linkedin|youtube|gofundme|justgiving|threads)\\.(?:com|me|net)/[^\\s<>\"]+");
    private static final Set<String> SOCIAL_HOSTS = Set.of(
            "facebook.com",
            "fb.com",
            "fb.me",
            "instagram.com",
            "twitter.com",
            "x.com",
            "tiktok.com",
            "linkedin.com",
            "youtube.com",
            "gofundme.com",
            "justgiving.com",
            "threads.net");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\d])");
    private static final Pattern NHS = Pattern.compile("(?<![\\d-])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d-])");
    private static final Pattern NI = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])([A-Z]{2})\\s?(\\d{2})\\s?(\\d{2})\\s?(\\d{2})\\s?[A-D](?![\\p{L}\\d])");
    private static final Pattern CASE_CODE = Pattern.compile(
            "(?<![\\p{L}\\d])[A-Z]{2,6}[-/ ]?(?:\\d{2,4}[-/])?\\d{3,8}(?:[-/][A-Z0-9]{1,6})?(?![\\p{L}\\d])");
    private static final Pattern CASE_CUE = Pattern.compile(
            "(?i)\\b(?:case|ref|reference|ehcp|ehc plan|plan|file|claim|our ref|your ref|case ref|case reference)"
                    + "\\s*(?:no\\.?|number|num|#|ref\\.?)?\\s*[:#]?\\s*(?:is\\s+|was\\s+)?([A-Z]{0,6}[-/]?\\d[\\d/-]{3,14}\\d)(?![\\d])");
    private static final Pattern DRAMA_MOBILE = Pattern.compile("(?<!\\d)07700\\s?900\\s?\\d{3}(?!\\d)");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    void detect(String text, List<Span> spans, Set<UncertaintyReason> doubts) {
        find(EMAIL, EntityType.EMAIL, text, spans);
        Matcher handle = HANDLE.matcher(text);
        while (handle.find()) {
            spans.add(Span.of(EntityType.HANDLE, text, handle.start(), handle.end()));
        }
        urls(text, spans, doubts);
        Matcher nhs = NHS.matcher(text);
        while (nhs.find()) {
            if (NhsNumbers.isValid(nhs.group(1) + nhs.group(2) + nhs.group(3))) {
                spans.add(Span.of(EntityType.NHS_NUMBER, text, nhs.start(), nhs.end()));
            }
        }
        Matcher ni = NI.matcher(text);
        while (ni.find()) {
            if (NiNumbers.isAllowedPrefix(ni.group(1))) {
                spans.add(Span.of(EntityType.NI_NUMBER, text, ni.start(), ni.end()));
            }
        }
        caseReferences(text, spans);
        find(POSTCODE, EntityType.POSTCODE, text, spans);
        find(DRAMA_MOBILE, EntityType.PHONE, text, spans);
        if (hasEnoughDigits(text)) {
            for (PhoneNumberMatch match :
                    phones.findNumbers(text, "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
                if (looksDialled(match.rawString()) || phones.isValidNumber(match.number())) {
                    spans.add(Span.of(EntityType.PHONE, text, match.start(), match.end()));
                }
            }
        }
    }

    private void caseReferences(String text, List<Span> spans) {
        Matcher code = CASE_CODE.matcher(text);
        while (code.find()) {
            String found = code.group();
            int digits = 0;
            for (int i = 0; i < found.length(); i++) {
                digits += Character.isDigit(found.charAt(i)) ? 1 : 0;
            }
            boolean hasSeparator = found.indexOf('-') >= 0 || found.indexOf('/') >= 0;
            if (digits >= 4 && (hasSeparator || digits >= 5) && !found.startsWith("NHS")) {
                spans.add(Span.of(EntityType.CASE_REF, text, code.start(), code.end()));
            }
        }
        Matcher cue = CASE_CUE.matcher(text);
        while (cue.find()) {
            spans.add(Span.of(EntityType.CASE_REF, text, cue.start(1), cue.end(1)));
        }
    }

    private static void urls(String text, List<Span> spans, Set<UncertaintyReason> doubts) {
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int end = url.end();
            while (end > url.start() && ".,;:!?)]'\"".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String value = text.substring(url.start(), end).toLowerCase(Locale.ROOT);
            String rest = value.replaceFirst("^(?:https?://)?(?:www\\.|m\\.)?", "");
            int slash = rest.indexOf('/');
            String host = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "" : rest.substring(slash + 1);
            if (SOCIAL_HOSTS.contains(host)) {
                if (!path.isBlank()) {
                    spans.add(Span.of(EntityType.URL, text, url.start(), end));
                }
            } else if (!isPublicService(host)) {
                doubts.add(UncertaintyReason.UNKNOWN_URL_KEPT);
            }
        }
    }

    private static boolean isPublicService(String host) {
        return host.endsWith(".gov.uk")
                || host.endsWith(".nhs.uk")
                || host.endsWith(".sch.uk")
                || host.endsWith(".ac.uk")
                || host.endsWith(".police.uk")
                || host.endsWith(".org.uk")
                || host.endsWith("example.org");
    }

    /** A number written as dialled: a trunk 0 or an international prefix, and ten digits or more. */
    private static boolean looksDialled(String raw) {
        String trimmed = raw.replaceFirst("^[(\\s]+", "");
        int digits = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            digits += Character.isDigit(trimmed.charAt(i)) ? 1 : 0;
        }
        return digits >= 10 && (trimmed.startsWith("0") || trimmed.startsWith("+"));
    }

    private static boolean hasEnoughDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 7; i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits >= 7;
    }

    private static void find(Pattern pattern, EntityType type, String text, List<Span> spans) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(Span.of(type, text, matcher.start(), matcher.end()));
        }
    }
}
