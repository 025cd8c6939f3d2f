export declare function isForPlagentic(eventName: string, payload: unknown, commandInput: string): boolean;
/**
 * Events the `terraform-plan` input reviews on: a pull request opened or pushed to, or a dispatched
 * run. Other events go to the router as usual (a closed pull request still releases its locks).
 */
export declare function isTerraformReviewEvent(eventName: string, payload: any): boolean;
