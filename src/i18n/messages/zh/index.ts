/** The Chinese catalogue: each part has exactly the keys of its English part (see Translation). */
import type { Catalogue } from '../types';
import { app } from './app';
import { columns } from './columns';
import { core } from './core';
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

export const zh: Catalogue = { ...app, ...data, ...columns, ...model, ...help, ...evaluate, ...predict, ...exporting, ...project, ...teaching, ...workshop, ...faults, ...train, ...core };
