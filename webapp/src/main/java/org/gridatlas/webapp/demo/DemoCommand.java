package org.gridatlas.webapp.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import javax.sql.DataSource;

import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.demo.DemoLoader;
import org.gridatlas.data.demo.DemoProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gridatlas.jar --server.port=0 --gridatlas.command=load-demo
 * --gridatlas.demo.profile=liyang}: migrates (Flyway runs at start-up), loads the demo when the database is empty,
 * prints what it did and exits. Used by {@code ./gridatlas demo}.
 */
@Component
@ConditionalOnProperty(name = "gridatlas.command", havingValue = "load-demo")
class DemoCommand implements ApplicationRunner {

    private final DataSource dataSource;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final String profile;
    private final DemoUsers users;
    private final PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    DemoCommand(DataSource dataSource, Clock clock, ConfigurableApplicationContext context,
                @Value("${gridatlas.demo.profile:liyang}") String profile, DemoUsers users) {
        this.users = users;
        this.dataSource = dataSource;
        this.clock = clock;
        this.context = context;
        this.profile = profile;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoProfile chosen = DemoProfile.valueOf(profile.toUpperCase(Locale.ROOT));
        var report = Scopes.runAs(Scope.SYSTEM, () -> new DemoLoader(dataSource, clock)
                .loadIfEmpty(chosen, DemoLoader.DEFAULT_SEED, line -> console.println("  " + line)));
        if (report.loaded()) {
            console.printf("GridAtlas loaded the %s demo in %.1f s: %s%n", chosen, report.millis() / 1000.0, report.counts());
        } else {
            console.printf("GridAtlas: the database already holds data; nothing loaded (%s)%n", report.counts());
        }
        for (var u : users.ensure(chosen)) {
            console.printf("GridAtlas demo user %-10s password %-22s %s, area %s%n", u.username(), u.password(),
                    u.role().label(), u.area());
        }
        int code = SpringApplication.exit(context, () -> 0);
        System.exit(code);
    }
}
