package io.fiscaltrail.kernel.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a {@link SupplementaryAllocationGranted} stored in its first revision (no revision
 * written, no approving authority) as revision 2 with {@code approvedBy} {@link
 * SupplementaryAllocationGranted#NOT_RECORDED}: the store is never rewritten, and what the fact did
 * not say is not invented. Declared in {@code META-INF/services}, so the event store of every
 * process applies it, whichever side loads the event.
 */
public class SupplementaryAllocationGrantedUpcaster extends SingleEventUpcaster {

  private static final SimpleSerializedType FIRST_REVISION =
      new SimpleSerializedType(SupplementaryAllocationGranted.class.getName(), null);
  private static final SimpleSerializedType SECOND_REVISION =
      new SimpleSerializedType(SupplementaryAllocationGranted.class.getName(), SupplementaryAllocationGranted.REVISION);

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(FIRST_REVISION);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
    return representation.upcastPayload(SECOND_REVISION, JsonNode.class, payload -> {
      ((ObjectNode) payload).put("approvedBy", SupplementaryAllocationGranted.NOT_RECORDED);
      return payload;
    });
  }
}
