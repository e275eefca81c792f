import { defineConfig } from 'vite';
// The compiled plugin (npm start and npm run build compile first): Node 20 runs no .ts.
import { speechdeck } from './lib/vite/index.js';

export default defineConfig({
  plugins: [speechdeck({ slides: 'slides' })],
});
