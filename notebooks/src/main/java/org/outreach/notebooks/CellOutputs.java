package org.outreach.notebooks;

import java.util.ArrayList;
import java.util.List;

/**
 * What one code cell showed, in order, as Jupyter keeps it: text it printed and images it
 * displayed ({@code display(RenderedImage)}, a PNG as the JJava kernel sends it).
 */
public record CellOutputs(List<Output> outputs) {

    /** One output of a cell. */
    public sealed interface Output permits Text, Image {
    }

    /** Text the cell printed to standard output. */
    public record Text(String text) implements Output {
    }

    /** An image the cell displayed, PNG-encoded. */
    public record Image(byte[] png) implements Output {
    }

    public CellOutputs {
        outputs = List.copyOf(outputs);
    }

    /** Everything the cell printed, images left out. */
    public String text() {
        StringBuilder text = new StringBuilder();
        outputs.stream().filter(Text.class::isInstance).map(Text.class::cast).forEach(t -> text.append(t.text()));
        return text.toString();
    }

    public List<byte[]> images() {
        List<byte[]> images = new ArrayList<>();
        outputs.stream().filter(Image.class::isInstance).map(Image.class::cast).forEach(i -> images.add(i.png()));
        return images;
    }
}
