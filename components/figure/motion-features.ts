// The animation half of framer-motion, loaded on demand by ExerciseFigure's LazyMotion so it
// stays out of the first-load bundle.
export { domAnimation as default } from 'framer-motion';
