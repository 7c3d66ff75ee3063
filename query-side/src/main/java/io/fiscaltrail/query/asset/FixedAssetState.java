package io.fiscaltrail.query.asset;

/**
 * What the register needs to remember of a standing fixed asset, in fen, so that a disposal or a
 * change of use can take the right amounts off the figures.
 */
record FixedAssetState(long cost, long depreciation, boolean inUse) {

  FixedAssetState depreciatedBy(long fen) {
    return new FixedAssetState(cost, depreciation + fen, inUse);
  }

  FixedAssetState inUse(boolean used) {
    return new FixedAssetState(cost, depreciation, used);
  }
}
