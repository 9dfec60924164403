package io.github.wisecards.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {
    @Test
    void onlyGenuineUniqueKeyViolationsCountAsAlreadyPresent() {
        assertThat(SqlErrors.isUniqueViolation(new SQLException("pg/h2/hsqldb", "23505", 0)))
                .isTrue();
        assertThat(SqlErrors.isUniqueViolation(new SQLIntegrityConstraintViolationException("mysql", "23000", 1062)))
                .isTrue();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("oracle ORA-00001", "23000", 1)))
                .isTrue();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("sql server", "23000", 2627)))
                .isTrue();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("sql server index", "23000", 2601)))
                .isTrue();
    }

    @Test
    void otherIntegrityErrorsAreNotUniqueViolations() {
        assertThat(SqlErrors.isUniqueViolation(new SQLException("pg check", "23514", 0)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("pg not null", "23502", 0)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("pg foreign key", "23503", 0)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(
                        new SQLIntegrityConstraintViolationException("mariadb check", "23000", 4025)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLIntegrityConstraintViolationException("mysql fk", "23000", 1452)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("mysql not null", "23000", 1048)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("connection", "08006", 1)))
                .isFalse();
    }

    @Test
    void deadlocksAndSerializationFailuresAreTransient() {
        assertThat(SqlErrors.isTransient(new SQLException("serialization", "40001", 0)))
                .isTrue();
        assertThat(SqlErrors.isTransient(new SQLException("pg deadlock", "40P01", 0)))
                .isTrue();
        assertThat(SqlErrors.isTransient(new SQLException("mysql deadlock", "40001", 1213)))
                .isTrue();
        SQLException wrapped = new SQLException("wrapper", "HY000", 0, new SQLException("deadlock", "40001", 1213));
        assertThat(SqlErrors.isTransient(wrapped)).isTrue();
        assertThat(SqlErrors.isTransient(new SQLException("lock wait timeout", "HY000", 1205)))
                .isFalse();
        assertThat(SqlErrors.isTransient(new SQLException("unique", "23505", 0)))
                .isFalse();
    }

    @Test
    void aVendorCodeCountsAsAUniqueViolationOnlyInSqlStateClass23() {
        assertThat(SqlErrors.isUniqueViolation(new SQLException("mysql general error", "HY000", 1062)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("no state", null, 1062)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("no state, no code", null, 0)))
                .isFalse();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("class 42", "42000", 2627)))
                .isFalse();
    }

    @Test
    void aUniqueViolationIsFoundAnywhereInTheCauseChain() {
        SQLException unique = new SQLException("duplicate key", "23505", 0);
        assertThat(SqlErrors.isUniqueViolation(new SQLException("wrapper", "HY000", 0, unique)))
                .isTrue();
        // behind a non-SQL exception, as some pools and frameworks wrap it
        SQLException behindRuntime = new SQLException("pool", "HY000", 0, new IllegalStateException("wrapped", unique));
        assertThat(SqlErrors.isUniqueViolation(behindRuntime)).isTrue();
        // as the next exception, where pgjdbc puts the real error of a failed batch
        SQLException batch = new SQLException("batch entry 0 failed", "HY000", 0);
        batch.setNextException(new SQLException("mysql duplicate", "23000", 1062));
        assertThat(SqlErrors.isUniqueViolation(batch)).isTrue();
        assertThat(SqlErrors.isUniqueViolation(new SQLException("wrapper", "HY000", 0, batch)))
                .isTrue();

        SQLException notUnique = new SQLException("batch entry 0 failed", "HY000", 0);
        notUnique.setNextException(new SQLException("check", "23514", 0));
        assertThat(SqlErrors.isUniqueViolation(new SQLException("wrapper", "HY000", 0, notUnique)))
                .isFalse();
    }

    @Test
    void aDeadlockIsFoundAsTheNextExceptionOrByMysqlsVendorCodeAlone() {
        SQLException batch = new SQLException("batch entry 0 failed", "HY000", 0);
        batch.setNextException(new SQLException("deadlock", "40P01", 0));
        assertThat(SqlErrors.isTransient(batch)).isTrue();
        assertThat(SqlErrors.isTransient(new SQLException("Deadlock found", "HY000", 1213)))
                .isTrue();
        assertThat(SqlErrors.isTransient(new SQLException("no state", null, 0))).isFalse();
        assertThat(SqlErrors.isTransient(
                        new SQLException("wrapper", "HY000", 0, new RuntimeException(new SQLException("x", "40001")))))
                .isTrue();
    }

    @Test
    void aCauseChainWithACycleEndsWithoutAnswerInsteadOfLoopingForever() {
        SQLException first = new SQLException("first", "HY000", 0);
        SQLException second = new SQLException("second", "HY000", 0, first);
        first.initCause(second);

        assertThat(SqlErrors.isUniqueViolation(first)).isFalse();
        assertThat(SqlErrors.isTransient(second)).isFalse();
    }

    @Test
    void aLongCauseChainIsSearchedToItsEnd() {
        SQLException e = new SQLException("duplicate key", "23505", 0);
        for (int i = 0; i < 20; i++) {
            e = new SQLException("wrapper " + i, "HY000", 0, e);
        }
        assertThat(SqlErrors.isUniqueViolation(e)).isTrue();
    }

    @Test
    void codesNameTheSqlStateAndVendorCodeButNeverTheDriverMessage() {
        assertThat(SqlErrors.codes(new SQLException("Key (event_key)=(secret) already exists", "23505", 0)))
                .isEqualTo("SQLState 23505, vendor code 0");
        assertThat(SqlErrors.codes(new SQLException("Duplicate entry 'secret'", "23000", 1062)))
                .isEqualTo("SQLState 23000, vendor code 1062");
    }
}
