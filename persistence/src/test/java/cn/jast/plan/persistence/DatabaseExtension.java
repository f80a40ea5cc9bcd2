package cn.jast.plan.persistence;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.UUID;

/**
 * The one place where the persistence tests' databases are made and dropped (see {@link Database}).
 * A database of a test's own is kept in the JUnit store of the class or of the test, which closes it
 * (shuts it down and deletes its files, or drops its schema) when that scope ends, also when the test
 * failed; the shared database lives as long as the JVM.
 */
public final class DatabaseExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        for (Field f : fields(context.getRequiredTestClass())) {
            if (Modifier.isStatic(f.getModifiers())) {
                inject(f, null, context);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field f : fields(instance.getClass())) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    inject(f, instance, context);
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(Database.class) && parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getDeclaringExecutable() instanceof java.lang.reflect.Constructor<?>) {
            throw new ParameterResolutionException("@Database is for fields and test method parameters, not constructors");
        }
        return database(parameter.findAnnotation(Database.class).orElseThrow(), context);
    }

    private static List<Field> fields(Class<?> type) {
        return AnnotationSupport.findAnnotatedFields(type, Database.class, f -> true, HierarchyTraversalMode.TOP_DOWN);
    }

    private static void inject(Field field, Object instance, ExtensionContext context) throws IllegalAccessException {
        if (field.getType() != TestDatabase.class) {
            throw new ExtensionConfigurationException("@Database field " + field + " must be of type TestDatabase");
        }
        field.setAccessible(true);
        field.set(instance, database(field.getAnnotation(Database.class), context));
    }

    private static TestDatabase database(Database spec, ExtensionContext context) {
        if (spec.value().isEmpty()) {
            if (spec.empty()) {
                throw new ExtensionConfigurationException("an empty @Database needs a name of its own");
            }
            return TestDatabase.shared();
        }
        TestDatabase db = spec.empty() ? TestDatabase.empty(spec.value()) : TestDatabase.migrated(spec.value());
        // A value of the store that is AutoCloseable is closed when the store's scope ends.
        context.getStore(NAMESPACE).put(UUID.randomUUID(), db);
        return db;
    }
}
