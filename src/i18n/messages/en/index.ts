/**
 * The English catalogue: the source of truth for every key. The core's texts come in as the core wrote
 * them (core/texts.ts); the other parts are split by step of the flow.
 */
import { CORE_TEXTS } from '../../../core/texts';
import { app } from './app';
import { columns } from './columns';
import { data } from './data';
import { evaluate } from './evaluate';
import { exporting } from './export';
import { help } from './help';
import { model } from './model';
import { predict } from './predict';
import { project } from './project';
import { teaching } from './teaching';
import { workshop } from './workshop';
import { faults } from './faults';
import { train } from './train';

export const en = { ...app, ...data, ...columns, ...model, ...help, ...evaluate, ...predict, ...exporting, ...project, ...teaching, ...workshop, ...faults, ...train, ...CORE_TEXTS } as const;
