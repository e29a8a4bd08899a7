using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>Where a claim stands in the original document: half-open character offsets.</summary>
public sealed class EvidenceGraphType : ObjectGraphType<ClaimRecord>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Field<NonNullGraphType<IntGraphType>>("subjectStart").Resolve(c => c.Source.SubjectStart);
        Field<NonNullGraphType<IntGraphType>>("subjectEnd").Resolve(c => c.Source.SubjectEnd);
        Field<IntGraphType>("objectStart").Resolve(c => c.Source.ObjectStart);
        Field<IntGraphType>("objectEnd").Resolve(c => c.Source.ObjectEnd);
        Field<NonNullGraphType<IntGraphType>>("cueStart").Resolve(c => c.Source.CueStart);
        Field<NonNullGraphType<IntGraphType>>("cueEnd").Resolve(c => c.Source.CueEnd);
    }
}
