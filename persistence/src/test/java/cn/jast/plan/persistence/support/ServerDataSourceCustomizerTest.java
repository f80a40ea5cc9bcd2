package cn.jast.plan.persistence.support;

import cn.jast.plan.persistence.JastPersistence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DefaultConnector;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** jast.db.jndi moves the unit, reads included, to the server's resource; unset or in Java SE nothing moves. */
class ServerDataSourceCustomizerTest {

    @AfterEach
    void clear() {
        System.clearProperty(JastPersistence.DB_JNDI_PROPERTY);
    }

    private static ServerSession sessionOn(JNDIConnector connector, boolean separateReadLogin) {
        DatabaseLogin login = new DatabaseLogin();
        login.setConnector(connector);
        ServerSession session = (ServerSession) new Project(login).createServerSession();
        if (separateReadLogin) {
            DatabaseLogin readLogin = new DatabaseLogin();
            readLogin.setConnector(new JNDIConnector(JastPersistence.JTA_DATA_SOURCE + "__nontx"));
            session.getReadConnectionPool().setLogin(readLogin);
        }
        return session;
    }

    @Test
    void namedResourceReplacesTheDefinedDataSourceForTransactionsAndReads() {
        System.setProperty(JastPersistence.DB_JNDI_PROPERTY, " jdbc/jastplan ");
        ServerSession session = sessionOn(new JNDIConnector(JastPersistence.JTA_DATA_SOURCE), true);

        new ServerDataSourceCustomizer().customize(session);

        JNDIConnector main = (JNDIConnector) ((DatabaseLogin) session.getDatasourceLogin()).getConnector();
        JNDIConnector reads = (JNDIConnector) ((DatabaseLogin) session.getReadConnectionPool().getLogin()).getConnector();
        assertThat(main.getName()).isEqualTo("jdbc/jastplan");
        assertThat(reads.getName()).isEqualTo("jdbc/jastplan");
        assertThat(main.getLookupType()).isEqualTo(JNDIConnector.STRING_LOOKUP);
    }

    @Test
    void unsetLeavesTheDefinedDataSource() {
        ServerSession session = sessionOn(new JNDIConnector(JastPersistence.JTA_DATA_SOURCE), false);

        new ServerDataSourceCustomizer().customize(session);

        JNDIConnector main = (JNDIConnector) ((DatabaseLogin) session.getDatasourceLogin()).getConnector();
        assertThat(main.getName()).isEqualTo(JastPersistence.JTA_DATA_SOURCE);
    }

    @Test
    void javaSeConnectionsAreLeftAlone() {
        System.setProperty(JastPersistence.DB_JNDI_PROPERTY, "jdbc/jastplan");
        DatabaseLogin login = new DatabaseLogin();
        DefaultConnector se = new DefaultConnector();
        login.setConnector(se);
        ServerSession session = (ServerSession) new Project(login).createServerSession();

        new ServerDataSourceCustomizer().customize(session);

        assertThat(((DatabaseLogin) session.getDatasourceLogin()).getConnector()).isSameAs(se);
    }
}
