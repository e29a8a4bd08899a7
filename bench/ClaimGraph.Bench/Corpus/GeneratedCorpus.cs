namespace ClaimGraph.Bench.Corpus;

/// <summary>What the generator wrote: where, how many documents, how many bytes of UTF-8.</summary>
public sealed record GeneratedCorpus(string Directory, int Documents, long Bytes);
