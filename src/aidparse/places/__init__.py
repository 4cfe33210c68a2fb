"""Places of pairing aid: the gazetteer, donor and recipient resolution, batches."""
