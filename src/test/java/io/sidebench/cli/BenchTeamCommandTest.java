package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.testsupport.TeamDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** bench-team runs against a real server and prints its figures (no timing is asserted). */
class BenchTeamCommandTest {
    @Test
    void printsAnnotationWritesPerSecondAndCompareGridTimes() {
        String completions = System.getProperty("sidebench.bench.team.completions", "400");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(new String[] {"bench-team", TeamDatabase.newUrl(), "--completions", completions,
                "--annotators", "20", "--writes", "25"}, new PrintWriter(out, true), new PrintWriter(err, true));
        System.out.print(out);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("writes/s").contains("500 writes by 20 annotators")
                .contains("every cell (" + completions + ")");
    }
}
