import { errorsSuite } from '../wizard/suite/errors.js';
import { renderingSuite } from '../wizard/suite/rendering.js';
import { enrollDriver } from './driver.js';

renderingSuite(enrollDriver);
errorsSuite(enrollDriver);
