/** The training page in the address, if any (see src/app/use-side-route.ts). */
import { useSideRoute } from '../app/use-side-route.ts';
import { hashToTraining, type TrainingRoute } from './training-route.ts';

export function useTrainingRoute(wizardHash: string): TrainingRoute | null {
  return useSideRoute(wizardHash, hashToTraining);
}
