using ClaimGraph.Storage.Records;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class ClaimConnectionGraphType() : ConnectionGraphType<ClaimGraphType, ClaimRecord>("Claim");

public sealed class ActorConnectionGraphType() : ConnectionGraphType<ActorGraphType, ActorRecord>("Actor");

public sealed class DocumentConnectionGraphType() : ConnectionGraphType<DocumentGraphType, DocumentRecord>("Document");
