// Runs in the page before the app's own modules. Kept to what must happen first.
import '@/lib/security/zodWithoutEval';
