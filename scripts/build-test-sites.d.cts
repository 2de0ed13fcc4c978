export const SUB_PATH: string;
export const UPDATED_LESSON: string;
export const UPDATE_MARK: string;
