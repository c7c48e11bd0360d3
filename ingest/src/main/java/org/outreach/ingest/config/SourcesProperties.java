package org.outreach.ingest.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The source systems.
 *
 * @param crm   the council CRM (PostgreSQL)
 * @param meta  the META partner's case system (MariaDB)
 * @param inbox the partners' file drop, holding bus/, works/&lt;partner&gt;/, firstclick/, referrals/
 */
@ConfigurationProperties("outreach.sources")
public record SourcesProperties(DatabaseSource crm, DatabaseSource meta, Path inbox) {

    /** An unconfigured source still has its defaults; connecting to it says which url is missing. */
    public SourcesProperties {
        crm = crm == null ? DatabaseSource.UNSET : crm;
        meta = meta == null ? DatabaseSource.UNSET : meta;
    }

    /**
     * @param overlap how far before the watermark each run re-reads, so rows committed late
     *                with an older timestamp are not lost
     * @param schema  the schema holding the source tables; unset, the source's usual one
     *                (crm for the CRM; the connection's database for META)
     * @param chunkSize rows per chunk: per commit of the step, per fetch, per staged Parquet part
     */
    public record DatabaseSource(String url, String username, String password,
                                 @DefaultValue("PT24H") Duration overlap,
                                 String schema,
                                 @DefaultValue("50000") int chunkSize) {

        static final DatabaseSource UNSET = new DatabaseSource(null, null, null, Duration.ofHours(24), null, 50_000);

        /** The table's name as the source's SQL should say it. */
        public String table(String usualSchema, String table) {
            String chosen = schema == null ? usualSchema : schema;
            return chosen == null || chosen.isBlank() ? table : chosen + "." + table;
        }
    }
}
