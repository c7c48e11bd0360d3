package org.outreach.transform.support;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The four uptake services as bits of a long, so that "which services did this person use"
 * is a {@code bit_or} in an ordinary aggregate, not a {@code collect_set} of strings. The
 * bits are in alphabetical order of the services' names, the order {@link #names} lists them.
 */
public final class ServiceBits {

    /** Alphabetical: the persons mart lists a person's services in this order. */
    public static final List<String> SERVICES = List.of("FIRST_CLICK", "META", "ONE_STOP_BUS", "THETFORD_WORKS");

    private ServiceBits() {
    }

    /** The bit of a service column's value; a service outside the four has none. */
    public static Column bit(Column service) {
        Column bit = lit(0L);
        for (int i = SERVICES.size() - 1; i >= 0; i--) {
            bit = when(service.equalTo(SERVICES.get(i)), lit(1L << i)).otherwise(bit);
        }
        return bit;
    }

    /** Whether the bitmask holds the service. */
    public static Column has(Column bits, String service) {
        return bits.bitwiseAND(lit(1L << SERVICES.indexOf(service))).notEqual(0L);
    }

    /** How many services the bitmask holds. */
    public static Column count(Column bits) {
        return bit_count(bits);
    }

    /** The services of a bitmask, comma-separated in alphabetical order. */
    public static Column names(Column bits) {
        Column[] names = SERVICES.stream().map(service -> when(has(bits, service), lit(service)))
                .toArray(Column[]::new);
        return concat_ws(",", names);
    }
}
