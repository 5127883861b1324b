package be.veerkracht.inventory.dualsourcing;

/** The instance of issue 7: l_r = 2, c_e = 20, h = 5, b = 495, demand uniform on 0..4. */
final class ExampleInstance {

    static final DualSourcingInstance ISSUE_7 = new DualSourcingInstance(2, 20, 5, 495,
            new UniformDemand(0, 4));

    private ExampleInstance() {
    }
}
