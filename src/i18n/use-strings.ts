import { createContext, useContext } from 'react';
import { defaultStrings, type Strings } from './catalogue.ts';

export const StringsContext = createContext<Strings>(defaultStrings);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
