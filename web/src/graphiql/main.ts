import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '../shared/base.css';
import './graphiql.css';
import '../shared/fonts';
import { DOC_EXPLORER_PLUGIN } from '@graphiql/plugin-doc-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';

const container = document.getElementById('graphiql');
if (!container) throw new Error('the page has no #graphiql');

// Same origin as the page: the IDE talks to the host that served it, nothing else.
const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });

createRoot(container).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: EXAMPLES,
    visiblePlugin: DOC_EXPLORER_PLUGIN,
    defaultEditorToolsVisibility: true,
  }),
);
