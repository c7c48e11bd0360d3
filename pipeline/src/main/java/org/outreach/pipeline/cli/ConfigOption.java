package org.outreach.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.outreach.pipeline.OutreachApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** {@code --config FILE}, and the Spring context built from it (or from the demo defaults). */
public class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (Spring Boot conventions; every key may also come from the"
                    + " environment). Without it, the embedded demo defaults apply.")
    Path config;

    ConfigurableApplicationContext start() {
        return start(OutreachApplication.class);
    }

    ConfigurableApplicationContext start(Class<?> source) {
        List<String> args = new ArrayList<>();
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ConfigurationException("--config: no such file " + config);
            }
            args.add("--spring.config.additional-location=file:" + config.toAbsolutePath());
        }
        SpringApplication application = new SpringApplication(source);
        application.setLogStartupInfo(false);
        try {
            return application.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
