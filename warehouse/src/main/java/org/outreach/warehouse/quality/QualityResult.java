package org.outreach.warehouse.quality;

/**
 * @param failingRows how many rows the check's query returned
 * @param example     the first of them as {@code column=value} pairs, or null when it passed
 */
public record QualityResult(QualityCheck check, long failingRows, String example) {

    public boolean passed() {
        return failingRows == 0;
    }

    public boolean blocks() {
        return !passed() && check.severity() == QualityCheck.Severity.BLOCKING;
    }

    public boolean warns() {
        return !passed() && check.severity() == QualityCheck.Severity.WARNING;
    }

    /** One line for operators: the check, where it is declared, how many rows and an example. */
    public String describe() {
        return check.name() + " (" + check.file() + "): " + failingRows + " row" + (failingRows == 1 ? "" : "s")
                + (example == null ? "" : ", e.g. " + example);
    }
}
