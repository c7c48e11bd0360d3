package org.outreach.transform.support;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** The dimension columns a family of indicators is grouped and joined by. */
public record Grain(List<String> names) {

    public static Grain of(String... names) {
        return new Grain(List.of(names));
    }

    public Column[] columns(String... more) {
        return Stream.concat(names.stream(), Arrays.stream(more)).map(functions::col).toArray(Column[]::new);
    }

    /** For joins on equally named columns. */
    public Seq<String> seq() {
        return CollectionConverters.asScala(names).toList();
    }
}
