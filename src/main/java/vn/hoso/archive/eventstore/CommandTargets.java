package vn.hoso.archive.eventstore;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * A command's target aggregate, read from its {@link TargetAggregateIdentifier} (and {@link TargetAggregateVersion})
 * member as Axon's {@code AnnotationCommandTargetResolver} reads it, except that the member is looked up once per
 * command type: Axon's walks the type's methods and their annotations on every command.
 */
final class CommandTargets implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> commandType) {
            return new Target(member(commandType, TargetAggregateIdentifier.class),
                    member(commandType, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Target target = targets.get(command.getPayloadType());
        Object identifier = value(target.identifier(), command.getPayload());
        if (identifier == null) {
            throw new IllegalArgumentException("Invalid command. It does not identify the target aggregate: no "
                    + "member of " + command.getPayloadType().getSimpleName()
                    + " annotated @TargetAggregateIdentifier holds a value.");
        }
        return new VersionedAggregateIdentifier(identifier, version(value(target.version(), command.getPayload())));
    }

    private record Target(AccessibleObject identifier, AccessibleObject version) {
    }

    /** The annotated method without parameters, else the annotated field, else none. */
    private static AccessibleObject member(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (method.getParameterCount() == 0 && AnnotationUtils.isAnnotationPresent(method, annotation)) {
                return ReflectionUtils.ensureAccessible(method);
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return ReflectionUtils.ensureAccessible(field);
            }
        }
        return null;
    }

    private static Object value(AccessibleObject member, Object command) {
        try {
            if (member instanceof Method method) {
                return method.invoke(command);
            }
            return member instanceof Field field ? field.get(command) : null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("The command's target could not be read", e);
        }
    }

    private static Long version(Object value) {
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
    }
}
