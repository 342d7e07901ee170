import { callsSuite } from '../wizard/suite/calls.js';
import { flowSuite } from '../wizard/suite/flow.js';
import { secretsSuite } from '../wizard/suite/secrets.js';
import { sessionSuite } from '../wizard/suite/session.js';
import { enrollDriver } from './driver.js';

callsSuite(enrollDriver);
flowSuite(enrollDriver);
secretsSuite(enrollDriver);
sessionSuite(enrollDriver);
