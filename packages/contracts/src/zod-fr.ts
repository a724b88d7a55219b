import { z } from 'zod';

// Every consumer of the contracts (API and web) gets zod's messages in French, so a field
// error reads the same in a form and in a problem document.
z.config(z.locales.fr());
