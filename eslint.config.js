import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The client's features, each with the others it may use. Shared data access lives in
 * client/resources and shared components in client/ui, which import no feature; client/app
 * assembles the features, and no feature imports it.
 */
const features = {
  activity: [],
  admin: [],
  auth: [],
  claims: ['sources', 'metricForm'],
  dataset: [],
  export: [],
  fromText: ['claims'],
  history: [],
  metric: ['claims', 'export'],
  metricForm: [],
  methodology: [],
  overview: ['export'],
  sources: [],
};
const clientZones = [
  ...Object.entries(features).map(([feature, uses]) => ({
    target: `./client/${feature}`,
    from: './client',
    except: [feature, ...uses, 'resources', 'ui'].map((folder) => `./${folder}`),
    message: `client/${feature} may use only ${uses.length ? `${uses.join(', ')}, ` : ''}resources and ui.`,
  })),
  {
    target: './client/ui',
    from: './client',
    except: ['./ui', './resources'],
    message: 'Shared components use no feature.',
  },
  {
    target: './client/resources',
    from: './client',
    except: ['./resources'],
    message: 'Data access uses no component.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      // The files import-x reads, and TypeScript's resolution: extensionless client imports, and
      // shared/'s `.js` written for `.ts`.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({
          extensions: ['.ts', '.tsx', '.js'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // client, server and shared may only meet through shared/.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './client', from: './server', message: 'The client talks to the server over HTTP only.' },
            { target: './server', from: './client', message: 'The server must not depend on the client.' },
            { target: './shared', from: ['./client', './server'], message: 'shared/ stands on its own.' },
            ...clientZones,
          ],
        },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
