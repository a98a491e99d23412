package org.provisionlens.core.comments.anonymise;

/** The NHS number check digit: modulus 11 with weights 10 down to 2 over the first nine digits. */
final class NhsNumbers {

    private NhsNumbers() {}

    /** True when {@code digits} is exactly ten digits and the tenth is the right check digit. */
    static boolean isValid(String digits) {
        if (digits.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return false;
            }
        }
        int check = checkDigit(digits.substring(0, 9));
        return check >= 0 && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when no NHS number can start with them (remainder gives 10). */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }
}
