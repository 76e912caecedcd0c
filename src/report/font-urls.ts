/** The subset fonts as Vite assets: fetched by the browser only when a PDF is made. */
import regular from './fonts/dejavu-sans.ttf?url';
import bold from './fonts/dejavu-sans-bold.ttf?url';

export const fontUrls = { regular, bold };
