package cn.jast.plan.persistence;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mappings (orm.xml and the persistence classes) and the migrated schema describe the same
 * tables and columns: a field added to a domain class but not mapped (it would default to a
 * column of its own name), a column renamed on one side only, or a table a migration adds but
 * nothing maps, fails here rather than at the first query in production.
 */
class SchemaMatchesMappingsTest {
    @Test
    void every_mapped_column_exists_and_every_table_column_is_mapped(@Database TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            check(db.emf(), c);
        }
    }

    /** Compares the unit's mappings with the tables and columns of the connection's current schema. */
    static void check(jakarta.persistence.EntityManagerFactory emf, Connection c) throws Exception {
        Set<String> mapped = new TreeSet<>();
        EntityManager em = emf.createEntityManager();
        try {
            Session session = em.unwrap(Session.class);
            for (ClassDescriptor d : session.getDescriptors().values()) {
                for (DatabaseField f : d.getFields()) {
                    mapped.add(key(f.getTableName(), f.getName()));
                }
                for (DatabaseMapping m : d.getMappings()) {
                    if (m instanceof DirectCollectionMapping dc) {
                        DatabaseTable t = dc.getReferenceTable();
                        mapped.add(key(t.getName(), dc.getDirectField().getName()));
                        dc.getReferenceKeyFields().forEach(f -> mapped.add(key(t.getName(), f.getName())));
                        if (dc.getListOrderField() != null) {
                            mapped.add(key(t.getName(), dc.getListOrderField().getName()));
                        }
                    }
                }
            }
        } finally {
            em.close();
        }

        Set<String> schema = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("schema_version")) {
                    schema.add(key(table, rs.getString("COLUMN_NAME")));
                }
            }
        }

        assertThat(mapped).hasSizeGreaterThan(100);
        assertThat(schema).as("columns that the mappings use but no migration creates")
                .containsAll(mapped);
        assertThat(mapped).as("columns that migrations create but nothing maps")
                .containsAll(schema);
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
