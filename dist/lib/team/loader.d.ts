import type { TeamDefinition, TeamSummary } from "./model.js";
export declare function parseTeam(text: string, file: string): TeamDefinition;
export declare function loadTeam(name: string, teamsDir: string): Promise<TeamDefinition>;
/** Every team in the directory, sorted by name. A file that does not load is listed with its error. */
export declare function listTeams(teamsDir: string): Promise<TeamSummary[]>;
