package cn.jast.plan.web.database;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * A data source of a JDBC URL, user and password, so that the server's connection pool behind
 * {@code java:app/jdbc/jastplan} (see {@link DatabaseStartup}) reaches whatever database the
 * configuration names: embedded Derby by default, a Derby network server or PostgreSQL by setting
 * {@code jast.db.url} (and {@code jast.db.user}, {@code jast.db.password}). The pool calls it only
 * to open physical connections; the driver must be on the application's class path (Derby and
 * the PostgreSQL driver are in WEB-INF/lib).
 *
 * <p>The server sets the three properties through their setters, as for any data source class.
 */
public class JdbcUrlDataSource implements DataSource {
    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL: set jast.db.url (see README, Configuration)");
        }
        Properties info = new Properties();
        if (username != null && !username.isBlank()) {
            info.setProperty("user", username);
            info.setProperty("password", pass == null ? "" : pass);
        }
        // The driver is looked up in the application's own class loader: DriverManager only offers
        // drivers its caller's loader can see, and the pool calls from the server's.
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                Connection c = driver.connect(url, info);
                if (c != null) {
                    return c;
                }
            }
        }
        throw new SQLException("No JDBC driver in the application accepts " + url);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
