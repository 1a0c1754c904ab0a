package appraisal.documents;

/**
 * One signature block: the role as printed ({@code ผู้รับการประเมิน}), who signs, and the signing
 * date, empty while they have not signed.
 */
public record SignatureLine(String role, Party party, String date) {

    public boolean signed() {
        return !date.isEmpty();
    }
}
