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
}
