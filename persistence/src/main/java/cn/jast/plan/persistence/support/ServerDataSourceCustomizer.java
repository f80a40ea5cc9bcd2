package cn.jast.plan.persistence.support;

import cn.jast.plan.persistence.JastPersistence;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Points the {@value JastPersistence#UNIT} unit at a JDBC resource of the application server when
 * {@value JastPersistence#DB_JNDI_PROPERTY} names one (a full Payara Server or GlassFish, where
 * provincial IT runs the pool: driver, size, credentials). Unset, nothing changes: the unit uses the
 * data source the web application defines itself ({@value JastPersistence#JTA_DATA_SOURCE}, over
 * {@code jast.db.url}), as on Payara Micro.
 *
 * <p>Named in {@code persistence.xml} ({@code eclipselink.session.customizer}); EclipseLink calls it
 * once when the unit is deployed, before its first login. The server's resource is a JTA data source
 * like the one it replaces, so transactions, the row locks of a submission and the
 * {@code jta-data-source} semantics stay the same.
 */
public final class ServerDataSourceCustomizer implements SessionCustomizer {
    private static final Logger LOG = Logger.getLogger(ServerDataSourceCustomizer.class.getName());

    private static JNDIConnector connector(String name) {
        JNDIConnector connector = new JNDIConnector(name);
        connector.setLookupType(JNDIConnector.STRING_LOOKUP);
        return connector;
    }

    @Override
    public void customize(Session session) {
        Optional<String> name = JastPersistence.serverDataSourceName();
        if (name.isEmpty() || !(session.getDatasourceLogin() instanceof DatabaseLogin login)) {
            return;
        }
        if (!(login.getConnector() instanceof JNDIConnector)) {
            // Java SE (tests, tools): the unit runs over a DataSource object given to it; leave that be.
            return;
        }
        login.setConnector(connector(name.get()));
        // GlassFish and Payara hand EclipseLink a second, non-transactional data source for reads
        // outside transactions (the defined data source's "__nontx" variant); it must follow, or those
        // reads (and EclipseLink's platform detection) still go to the replaced data source. The
        // server's "__nontx" variant is not in JNDI, so the reads use the same resource: outside a
        // transaction the server hands out an unenlisted connection of it anyway.
        if (session instanceof ServerSession server && server.getReadConnectionPool() != null
                && server.getReadConnectionPool().getLogin() instanceof DatasourceLogin readLogin
                && readLogin != login && readLogin.getConnector() instanceof JNDIConnector) {
            readLogin.setConnector(connector(name.get()));
        }
        LOG.info(() -> "Persistence unit " + JastPersistence.UNIT + " uses the server's data source "
                + name.get() + " (" + JastPersistence.DB_JNDI_PROPERTY + ")");
    }
}
