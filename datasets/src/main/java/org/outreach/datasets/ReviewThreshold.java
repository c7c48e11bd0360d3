package org.outreach.datasets;

/**
 * review_flag's threshold (INDICATORS.md): transactions per visit below which a bus
 * stop-month counts towards review. The operations team may configure another; the
 * pipeline's configuration and the transform's command line both default to this one.
 */
public final class ReviewThreshold {

    /** The default, as text: both defaults are annotation values, which take constant strings. */
    public static final String DEFAULT = "2.0";

    private ReviewThreshold() {
    }
}
