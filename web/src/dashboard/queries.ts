// The operations the dashboard sends, and the shapes it reads back (see graph-schema/schema.graphql).

export type EntityType = 'COUNTRY' | 'PERSON' | 'ADMINISTRATION' | 'ORGANIZATION' | 'POLICY';
export type Predicate = 'CONTINUES' | 'CHANGES' | 'SUPPORTS' | 'OPPOSES' | 'COOPERATES' | 'COMPETES' | 'CONFRONTS' | 'ENGAGES';
export type Modality = 'ASSERTED' | 'PREDICTED' | 'PRESCRIBED' | 'HYPOTHETICAL';

export interface ActorRef {
  id: string;
  name: string;
  type?: EntityType;
}

export interface NetworkNode {
  id: string;
  name: string;
  type: EntityType;
  englishName: string | null;
  claims: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  predicate: Predicate;
  negated: boolean;
  count: number;
  cooperation: number;
  conflict: number;
  firstYear: number | null;
  lastYear: number | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Actors before the API cut the network to its strongest ones. */
  totalNodes: number;
  truncated: boolean;
}

export interface Author {
  name: string;
  affiliation: string | null;
  role: string | null;
  section: string | null;
}

export interface Claim {
  id: string;
  predicate: Predicate;
  negated: boolean;
  modality: Modality;
  cue: string;
  year: number | null;
  confidence: number;
  subject: ActorRef;
  subjectText: string;
  object: ActorRef | null;
  objectText: string | null;
  source: ActorRef | null;
  evidence: { subjectStart: number; subjectEnd: number; objectStart: number | null; objectEnd: number | null; cueStart: number; cueEnd: number };
  sentence: { originalText: string; start: number; end: number };
  document: { id: string; name: string; title: string | null; authors: Author[] };
}

export interface ClaimPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Claim[];
}

export interface Stance {
  other: ActorRef;
  stance?: Predicate;
  claims: number;
}

export interface ActorRelation {
  other: ActorRef;
  direction: 'OUTGOING' | 'INCOMING';
  claims: number;
  cooperation: number;
  conflict: number;
  firstYear: number | null;
  lastYear: number | null;
}

export interface ActorDetail {
  id: string;
  name: string;
  type: EntityType;
  englishName: string | null;
  qid: string | null;
  mentionCount: number;
  claimCount: number;
  aliases: { text: string; count: number }[];
  relations: ActorRelation[];
  policies: (Stance & { stance: Predicate })[];
}

export interface PolicyDetail {
  id: string;
  name: string;
  englishName: string | null;
  qid: string | null;
  claimCount: number;
  aliases: { text: string; count: number }[];
  supporters: Stance[];
  opponents: Stance[];
  continuations: Stance[];
  changes: Stance[];
}

export interface DocumentSummary {
  id: string;
  name: string;
  title: string | null;
  claimCount: number;
}

const CLAIM_FIELDS = `
  fragment ClaimFields on Claim {
    id predicate negated modality cue year confidence
    subject { id name type } subjectText
    object { id name type } objectText
    source { id name }
    evidence { subjectStart subjectEnd objectStart objectEnd cueStart cueEnd }
    sentence { originalText start end }
    document { id name title authors { name affiliation role section } }
  }`;

export const OVERVIEW = `
  query Overview {
    stats { documents claims actors relations }
    documents(first: 100) { nodes { id name title claimCount } }
  }`;

export const NETWORK = `
  query Network($predicates: [Predicate!], $modalities: [Modality!], $includeNegated: Boolean,
                $from: Int, $to: Int, $document: ID, $minWeight: Float) {
    network(predicates: $predicates, modalities: $modalities, includeNegated: $includeNegated,
            from: $from, to: $to, document: $document, minWeight: $minWeight) {
      nodes { id name type englishName claims }
      edges { source target predicate negated count cooperation conflict firstYear lastYear }
      totalNodes truncated
    }
  }`;

export const FIND_ACTOR = `
  query FindActor($name: String!) { actor(name: $name) { id name } }`;

export const ACTOR = `
  query Actor($id: ID!) {
    actor(id: $id) {
      id name type englishName qid mentionCount claimCount
      aliases { text count }
      relations { other { id name type } direction claims cooperation conflict firstYear lastYear }
      policies { other { id name type } stance claims }
    }
  }`;

export const ACTOR_CLAIMS = `
  query ActorClaims($id: ID!, $predicate: Predicate, $after: String) {
    actor(id: $id) { claims(predicate: $predicate, first: 20, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ...ClaimFields } } }
  }
  ${CLAIM_FIELDS}`;

export const PAIR_CLAIMS = `
  query PairClaims($a: String!, $b: String!, $predicate: Predicate, $afterAb: String, $afterBa: String) {
    ab: claims(subject: $a, object: $b, predicate: $predicate, first: 100, after: $afterAb) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ...ClaimFields } }
    ba: claims(subject: $b, object: $a, predicate: $predicate, first: 100, after: $afterBa) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ...ClaimFields } }
  }
  ${CLAIM_FIELDS}`;

export const STANCE_CLAIMS = `
  query StanceClaims($subject: String!, $object: String!, $predicate: Predicate!) {
    claims(subject: $subject, object: $object, predicate: $predicate, negated: false, first: 100) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ...ClaimFields } }
  }
  ${CLAIM_FIELDS}`;

export const POLICIES = `
  query Policies($after: String) {
    actors(type: POLICY, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id name englishName claimCount aliases { text } }
    }
  }`;

export const POLICY = `
  query Policy($name: String!) {
    policy(name: $name) {
      id name englishName qid claimCount aliases { text count }
      supporters { other { id name type } claims }
      opponents { other { id name type } claims }
      continuations { other { id name type } claims }
      changes { other { id name type } claims }
    }
  }`;
