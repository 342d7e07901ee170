import { errorsSuite } from '../wizard/suite/errors.js';
import { renderingSuite } from '../wizard/suite/rendering.js';
import { suspendDriver } from './driver.js';

renderingSuite(suspendDriver);
errorsSuite(suspendDriver);
