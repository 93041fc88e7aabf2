package org.gridatlas.data.demo;

import java.util.function.Consumer;

/** Generates the in-memory model for one profile, seed and period, reporting each stage. */
final class DemoGenerator {

    private final ProfileSpec spec;
    private final long seed;
    private final Period period;
    private final Consumer<String> progress;

    DemoGenerator(ProfileSpec spec, long seed, Period period, Consumer<String> progress) {
        this.spec = spec;
        this.seed = seed;
        this.period = period;
        this.progress = progress;
    }

    DemoModel generate() {
        DemoModel model = new DemoModel(spec, period);
        DemoPlan plan = new DemoPlan();
        stage("生成行政区划", "divisions", () -> new DivisionGenerator(spec, seed).generate(model),
                () -> model.divisions.size());
        stage("生成片区和村民小组", "grid areas + groups", () -> new GridGenerator(spec, seed).generate(model, plan),
                () -> model.gridAreas.size() + model.groups.size());
        stage("生成住户", "households", () -> new HouseholdGenerator(seed).generate(model, plan),
                () -> model.households.size());
        stage("生成代办员、联络员和代办站点", "people", () -> new PeopleGenerator(seed).generate(model, plan),
                () -> model.people.size());
        stage("生成代办事项", "requests", () -> new RequestGenerator(seed).generate(model),
                () -> model.requests.size());
        stage("生成矛盾纠纷", "disputes", () -> new DisputeGenerator(seed).generate(model),
                () -> model.disputes.size());
        return model;
    }

    private void stage(String label, String what, Runnable work, java.util.function.IntSupplier count) {
        long t0 = System.nanoTime();
        work.run();
        progress.accept(String.format("%s… / %s: %,d (%.1f s)", label, what, count.getAsInt(),
                (System.nanoTime() - t0) / 1e9));
    }
}
