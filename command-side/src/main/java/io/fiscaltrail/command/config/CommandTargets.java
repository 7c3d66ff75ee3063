package io.fiscaltrail.command.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Axon's {@link AnnotationCommandTargetResolver}, with each command class's annotated members found
 * once. Axon's looks for them on every command, parsing the annotations of every member of the
 * class anew: 9 % of the command path's CPU in the benchmark's ingest (BENCHMARKS.md, run 24). The
 * same rules: the first method, then the first field, carrying {@link TargetAggregateIdentifier}
 * (or an annotation meta-annotated with it) gives the aggregate; {@link TargetAggregateVersion}
 * likewise gives the expected version, a number or its text.
 */
final class CommandTargets implements CommandTargetResolver {

  private final ClassValue<Target> targets = new ClassValue<>() {
    @Override
    protected Target computeValue(Class<?> commandType) {
      return new Target(annotated(commandType, TargetAggregateIdentifier.class), annotated(commandType, TargetAggregateVersion.class));
    }
  };

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    Target target = targets.get(command.getPayloadType());
    Object payload = command.getPayload();
    Object identifier = valueOf(target.identifier(), payload);
    if (identifier == null) {
      throw new IllegalArgumentException("Invalid command. It does not identify the target aggregate. Make sure at "
          + "least one of the fields or methods in the [" + command.getPayloadType().getSimpleName() + "] class "
          + "contains the @TargetAggregateIdentifier annotation and that it returns a non-null value.");
    }
    return new VersionedAggregateIdentifier(identifier, asLong(valueOf(target.version(), payload)));
  }

  private record Target(AccessibleObject identifier, AccessibleObject version) {}

  private static AccessibleObject annotated(Class<?> type, Class<? extends Annotation> annotation) {
    for (Method method : ReflectionUtils.methodsOf(type)) {
      if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
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

  private static Object valueOf(AccessibleObject member, Object payload) {
    try {
      if (member instanceof Method method) {
        return method.invoke(payload);
      }
      return member instanceof Field field ? field.get(payload) : null;
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("An exception occurred while extracting aggregate information from a command", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("The current security context does not allow extraction of aggregate information from the given command.", e);
    }
  }

  private static Long asLong(Object version) {
    if (version == null) {
      return null;
    }
    return version instanceof Number number ? number.longValue() : Long.parseLong(version.toString());
  }
}
