package io.github.huaweiocr.examples.obstodatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The ledger over the example's own schema, in H2: what counts as handled, in flight and after a restart. */
class ObjectVersionLedgerTest {

    private JdbcTemplate jdbc;
    private ObjectVersionLedger ledger;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        ledger = new ObjectVersionLedger(jdbc);
    }

    @Test
    void aVersionInFlightIsNotTakenTwice() {
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");

        assertThat(ledger.add(key)).isTrue();
        // the next listing of the bucket sees it again while it is recognised
        assertThat(ledger.add(key)).isFalse();
        assertThat(ledger.contains(key)).isTrue();
        assertThat(ledger.inFlight()).isEqualTo(1);
        // another version of the same object is another document
        assertThat(ledger.add(ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-2\""))).isTrue();
    }

    @Test
    void aVersionWithItsRowIsHandledForGood() {
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(ledger.add(key)).isTrue();
        insertInvoice("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(ledger.confirm(key)).isTrue();

        assertThat(ledger.inFlight()).isZero();
        assertThat(ledger.add(key)).isFalse();
        // and so it stays after a restart, which starts with an empty ledger
        ObjectVersionLedger restarted = new ObjectVersionLedger(jdbc);
        assertThat(restarted.add(key)).isFalse();
        assertThat(restarted.contains(key)).isTrue();
    }

    @Test
    void aFailureRowHandlesTheVersionToo() {
        String key = ObjectVersionLedger.key("invoices", "incoming/notes.txt", "\"etag-9\"");
        jdbc.update("insert into invoice_failure (bucket, object_key, etag, error_code, error_message) values"
                + " (?, ?, ?, ?, ?)", "invoices", "incoming/notes.txt", "\"etag-9\"", "AIS.0102", "not an image");

        assertThat(new ObjectVersionLedger(jdbc).add(key)).isFalse();
    }

    @Test
    void aVersionKilledInFlightIsRecognisedAgainAfterTheRestart() {
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(ledger.add(key)).isTrue();
        // the process dies here: no row was written, and nothing else was

        ObjectVersionLedger restarted = new ObjectVersionLedger(jdbc);
        assertThat(restarted.contains(key)).isFalse();
        assertThat(restarted.add(key)).isTrue();
    }

    @Test
    void aFailureThatWroteNoRowKeepsTheVersionInHandUntilARestart() {
        String key = ObjectVersionLedger.key("invoices", "incoming/a.png", "\"etag-1\"");
        assertThat(ledger.add(key)).isTrue();

        // the idempotent consumer's call for a failed exchange
        assertThat(ledger.remove(key)).isFalse();
        assertThat(ledger.add(key)).isFalse();
        assertThat(new ObjectVersionLedger(jdbc).add(key)).isTrue();
    }

    @Test
    void aFailureRecordedByTheRouteLetsTheVersionGo() {
        String key = ObjectVersionLedger.key("invoices", "incoming/notes.txt", "\"etag-9\"");
        assertThat(ledger.add(key)).isTrue();
        jdbc.update("insert into invoice_failure (bucket, object_key, etag, error_code, error_message) values"
                + " (?, ?, ?, ?, ?)", "invoices", "incoming/notes.txt", "\"etag-9\"", "AIS.0102", "not an image");

        // a failure the route handled still reaches the repository as a failure
        assertThat(ledger.remove(key)).isTrue();
        assertThat(ledger.inFlight()).isZero();
        assertThat(ledger.add(key)).isFalse();
    }

    @Test
    void objectKeysWithSlashesAndAtSignsAreLookedUpWhole() {
        String objectKey = "2026/11/scan@office/invoice@2.png";
        insertInvoice("invoices", objectKey, "\"e1\"");

        assertThat(ledger.add(ObjectVersionLedger.key("invoices", objectKey, "\"e1\""))).isFalse();
        assertThat(ledger.add(ObjectVersionLedger.key("invoices", "2026/11/scan@office/invoice", "\"e1\""))).isTrue();
        assertThatThrownBy(() -> ledger.add("no-separators")).isInstanceOf(IllegalArgumentException.class);
    }

    private void insertInvoice(String bucket, String objectKey, String etag) {
        jdbc.update("insert into invoice (bucket, object_key, etag, raw_json) values (?, ?, ?, ?)", bucket, objectKey,
                etag, "{}");
    }
}
