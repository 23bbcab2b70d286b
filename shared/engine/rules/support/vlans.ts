/** 802.1Q carries a 12-bit VLAN id; 0 (priority tag only) and 4095 are reserved. */
export const validVlanId = (id: number): boolean => Number.isInteger(id) && id >= 1 && id <= 4094;
