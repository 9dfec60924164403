package io.github.wisecards.databases;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.wisecards.databases.TestDatabases.Driver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabasesTest {
    @ParameterizedTest
    @EnumSource(Driver.class)
    void eachDriverReachesItsFreshlyCreatedDatabase(Driver driver) throws Exception {
        Database db = TestDatabases.newDatabase(driver);
        try (HikariDataSource pool = TestDatabases.pool(db, true, 2);
                Connection c = pool.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
